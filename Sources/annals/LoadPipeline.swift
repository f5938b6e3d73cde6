import Annals
import ArgumentParser
import Foundation

/// Builds the pipeline from the shipped knowledge files or a user's folder,
/// turning a knowledge-file problem into a clear message and exit status 78
/// (configuration error).
func loadPipeline(knowledge folder: String?, dictionary: String? = nil) throws -> Pipeline {
    func check(_ option: String, _ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            StandardStreams.warn("error: \(option) \(path): no such folder")
            throw ExitCode(66)
        }
    }
    do {
        var knowledge: KnowledgeBase
        if let folder {
            try check("--knowledge", folder)
            knowledge = try KnowledgeBase(directory: URL(fileURLWithPath: folder))
        } else {
            knowledge = try KnowledgeBase.bundled.get()
        }
        if let dictionary {
            try check("--dictionary", dictionary)
            try knowledge.add(dictionary: URL(fileURLWithPath: dictionary))
        }
        return Pipeline(knowledge: knowledge)
    } catch let error as KnowledgeError {
        StandardStreams.warn("error: knowledge file \(error)")
        throw ExitCode(78)
    }
}
