import Annals
import ArgumentParser
import Foundation

/// Builds the pipeline from the shipped knowledge files or a user's folder,
/// turning a knowledge-file problem into a clear message and exit status 78
/// (configuration error).
func loadPipeline(knowledge folder: String?) throws -> Pipeline {
    do {
        if let folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                StandardStreams.warn("error: --knowledge \(folder): no such folder")
                throw ExitCode(66)
            }
            return Pipeline(knowledge: try KnowledgeBase(directory: URL(fileURLWithPath: folder)))
        }
        return try Pipeline.standard()
    } catch let error as KnowledgeError {
        StandardStreams.warn("error: knowledge file \(error)")
        throw ExitCode(78)
    }
}
