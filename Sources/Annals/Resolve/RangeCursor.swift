/// Answers "is this position inside one of these ranges?" for positions asked in increasing order,
/// in constant time on average: the ranges are sorted once and a cursor walks them, so a whole
/// document's questions cost one pass (a linear search per question would grow with the square of a
/// long document's length).
struct RangeCursor {
    private let ranges: [Range<Int>]
    private var next = 0

    /// The ranges need not be sorted; overlapping ranges are kept apart (a position is inside if any
    /// range still ahead of the cursor holds it).
    init(_ ranges: [Range<Int>]) {
        var sorted = ranges
        if !sorted.indices.dropFirst().allSatisfy({ sorted[$0 - 1].lowerBound <= sorted[$0].lowerBound }) {
            sorted.sort { $0.lowerBound < $1.lowerBound }
        }
        self.ranges = sorted
    }

    /// Whether `position` is inside a range. Positions must not decrease from one call to the next.
    mutating func contains(_ position: Int) -> Bool {
        while next < ranges.count, ranges[next].upperBound <= position { next += 1 }
        // (Ranges that start before `position` may still hold it even if an earlier one ended.)
        var i = next
        while i < ranges.count, ranges[i].lowerBound <= position {
            if ranges[i].contains(position) { return true }
            i += 1
        }
        return false
    }
}
