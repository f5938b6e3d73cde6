/// What is known about a document besides its text: the fields of the
/// `document` object in the `annals/1` contract.
public struct DocumentMetadata: Hashable, Sendable {
    /// The caller's identifier; file names without extension by default.
    public var id: String
    /// The day of publication, against which relative dates are resolved.
    public var published: CalendarDate?
    /// The outlet or agency ("Reuters", "TASS").
    public var source: String?
    public var title: String?
    public var url: String?

    public init(id: String, published: CalendarDate? = nil, source: String? = nil,
                title: String? = nil, url: String? = nil) {
        self.id = id
        self.published = published
        self.source = source
        self.title = title
        self.url = url
    }
}
