/// A file's size as messages say it: whole megabytes, or kilobytes below one. Every message
/// about a file too large to read words its sizes through this.
package struct FileSize: CustomStringConvertible, Sendable {
    package let bytes: Int

    package init(bytes: Int) { self.bytes = bytes }

    package var description: String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(max(1, bytes / 1024)) KB"
    }
}
