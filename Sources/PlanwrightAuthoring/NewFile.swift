import Foundation
import PlanwrightDocument

/// Writes a file that must not exist yet, all at once: the text goes to a temporary file beside it,
/// which is then linked under the final name. Linking fails if the name is taken, even by a file
/// created a moment ago, so nothing is ever overwritten and nobody sees a half-written file.
/// Missing folders of the path are made first.
enum NewFile {
    enum Failure: Error, Equatable {
        case exists
        /// Why, as a phrase for init_cannot_write.
        case cannotWrite(Message)
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let destination = URL(fileURLWithPath: path)
        let fileManager = FileManager.default
        let folder = destination.deletingLastPathComponent()
        // A new plan often starts a new folder (`plans/2026-27.yaml`): the missing folders of the
        // path the user named are made, and nothing beyond it.
        var isFolder: ObjCBool = false
        if !fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            do { try fileManager.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .cannotWrite(Message("init_folder_cannot_be_made", ["folder": .text(folder.relativePath)]))
            }
        } else if !isFolder.boolValue {
            throw .cannotWrite(Message("init_not_a_folder", ["folder": .text(folder.relativePath)]))
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard fileManager.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw .cannotWrite(Message("init_folder_not_writable", ["folder": .text(folder.relativePath)]))
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
                // The system's own words may name other files; the folder is what the user can act on.
                throw .cannotWrite(Message("init_file_not_moved", ["folder": .text(folder.relativePath)]))
            }
        }
    }
}
