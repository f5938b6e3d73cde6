/// A few small indices held inline, so that matches and titles that carry
/// them copy and allocate no arrays: the states a country form may stand
/// for, the roles of a title. It holds at most `capacity`; more are dropped
/// (no country form is shared by more states, no title has more role words).
public struct SmallIndexList: Hashable, Sendable, RandomAccessCollection {
    public static let capacity = 6
    private var storage: (Int16, Int16, Int16, Int16, Int16, Int16) = (-1, -1, -1, -1, -1, -1)
    public private(set) var count = 0

    /// An empty list.
    public init() {}

    /// No index.
    public static let none = SmallIndexList()

    /// One index.
    public init(_ index: Int) { append(index) }

    /// The first `capacity` of `indices`.
    public init(_ indices: [Int]) {
        for i in indices.prefix(Self.capacity) { append(i) }
    }

    /// Whether another index fits.
    public var isFull: Bool { count == Self.capacity }

    /// Adds an index; does nothing when the list is full.
    public mutating func append(_ index: Int) {
        let r = Int16(truncatingIfNeeded: index)
        switch count {
        case 0: storage.0 = r
        case 1: storage.1 = r
        case 2: storage.2 = r
        case 3: storage.3 = r
        case 4: storage.4 = r
        case 5: storage.5 = r
        default: return
        }
        count += 1
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(i: Int) -> Int {
        switch i {
        case 0: return Int(storage.0)
        case 1: return Int(storage.1)
        case 2: return Int(storage.2)
        case 3: return Int(storage.3)
        case 4: return Int(storage.4)
        default: return Int(storage.5)
        }
    }

    public static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }
    public func hash(into hasher: inout Hasher) { for i in self { hasher.combine(i) } }
}
