/// The engine's entry point: codes documents into analyses.
///
/// Stages run in a straight line over one shared document and its token
/// layer; today that is segmentation, and the recognition, quotation and
/// event stages plug in after it.
public struct Pipeline: Sendable {
    public init() {}

    /// Codes one document.
    public func analyze(_ document: Document) -> Analysis {
        let segmentation = Segmenter.segment(document)
        return analysis(of: document, segmentation: segmentation)
    }

    /// Builds the output value from a document's layers.
    public func analysis(of document: Document, segmentation: Segmentation) -> Analysis {
        let sentences = segmentation.sentences.map { s in
            let span = document.codePoints(bytes: s.range)
            return SentenceRecord(start: span.lowerBound, end: span.upperBound, paragraph: s.paragraph,
                                  isHeading: s.isHeading)
        }
        let paragraphs = segmentation.paragraphs.map { p in
            let span = document.codePoints(bytes: p.range)
            return ParagraphRecord(start: span.lowerBound, end: span.upperBound, isHeading: p.isHeading)
        }
        return Analysis(metadata: document.metadata, sentences: sentences, paragraphs: paragraphs)
    }
}
