import Annals

/// A reference file that cannot be read: the same file, line and reason as a
/// knowledge file's error.
public typealias EvaluationError = KnowledgeError
