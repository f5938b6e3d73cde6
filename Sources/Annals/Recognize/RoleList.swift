/// The roles of a title, in order ("deputy" "foreign minister"), held inline
/// so that reading a title allocates nothing. A title has at most
/// `RoleList.capacity` role words; the recognizer stops there.
public struct RoleList: Hashable, Sendable, RandomAccessCollection {
    public static let capacity = 6
    private var storage: (Int16, Int16, Int16, Int16, Int16, Int16) = (-1, -1, -1, -1, -1, -1)
    public private(set) var count = 0

    public init() {}

    public init(_ roles: [Int]) {
        for r in roles.prefix(Self.capacity) { append(r) }
    }

    /// Whether another role fits.
    public var isFull: Bool { count == Self.capacity }

    /// Adds a role; does nothing when the list is full.
    public mutating func append(_ role: Int) {
        let r = Int16(truncatingIfNeeded: role)
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
    public func hash(into hasher: inout Hasher) { for r in self { hasher.combine(r) } }
}
