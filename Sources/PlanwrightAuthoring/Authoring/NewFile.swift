import Foundation

/// Writes a file that must not exist yet, all at once: the text goes to a temporary file beside it,
/// which is then linked under the final name. Linking fails if the name is taken, even by a file
/// created a moment ago, so nothing is ever overwritten and nobody sees a half-written file.
enum NewFile {
    enum Failure: Error, Equatable {
        case exists
        case cannotWrite(String)
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let destination = URL(fileURLWithPath: path)
        let fileManager = FileManager.default
        let folder = destination.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .cannotWrite("there is no folder '\(folder.relativePath)'")
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard fileManager.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw .cannotWrite("the folder '\(folder.relativePath)' cannot be written to")
        }
        defer { try? fileManager.removeItem(at: temporary) }
        do {
            try fileManager.linkItem(at: temporary, to: destination)
        } catch CocoaError.fileWriteFileExists {
            throw .exists
        } catch {
            // A file system without hard links: a move, which also refuses a name that is taken.
            do { try fileManager.moveItem(at: temporary, to: destination) } catch CocoaError.fileWriteFileExists {
                throw .exists
            } catch {
                throw .cannotWrite(error.localizedDescription)
            }
        }
    }
}
