/// Micro-averaged precision, recall and F1 over sets of country codes.
public struct CountryScore: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    /// Adds one record: the countries found against the countries expected.
    public mutating func add(found: Set<String>, expected: Set<String>) {
        truePositives += found.intersection(expected).count
        falsePositives += found.subtracting(expected).count
        falseNegatives += expected.subtracting(found).count
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
