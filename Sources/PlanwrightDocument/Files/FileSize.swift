/// A file's size as messages say it: whole megabytes, or kilobytes below one. Every message
/// about a file too large to read words its sizes through this.
package struct FileSize: CustomStringConvertible, Sendable {
    package let bytes: Int

    package init(bytes: Int) { self.bytes = bytes }

    /// The size as a phrase of the reader's language: the amount and the unit's key. The amount
    /// is written as digits alone ("1023 KB"), as sizes have always been written, not grouped like counts.
    package var words: Message {
        bytes >= 1_048_576 ? Message("file_size_megabytes", ["amount": .text(String(bytes / 1_048_576))])
            : Message("file_size_kilobytes", ["amount": .text(String(max(1, bytes / 1024)))])
    }

    /// In English, for messages still written in English in code.
    package var description: String { Wording.english.say(words) }
}
