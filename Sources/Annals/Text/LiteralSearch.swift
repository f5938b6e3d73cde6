extension StringProtocol {
    /// Whether `other` occurs in this text, compared byte for byte in UTF-8 (no Unicode
    /// equivalence, no locale). For short ASCII words on hot paths, where Foundation's
    /// `contains(_:)` goes through NSString.
    func containsLiterally<Other: StringProtocol>(_ other: Other) -> Bool {
        let needle = other.utf8
        let count = needle.count
        guard count > 0 else { return true }
        let haystack = utf8
        guard haystack.count >= count, let first = needle.first else { return false }
        var i = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -count)
        while i <= last {
            if haystack[i] == first, haystack[i...].starts(with: needle) { return true }
            i = haystack.index(after: i)
        }
        return false
    }
}
