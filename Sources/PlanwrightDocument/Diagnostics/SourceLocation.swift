/// A place in a source file, 1-based, as editors and compilers count.
///
/// `length` is how many characters the thing spans on its line, so the printer
/// can underline a whole key rather than just its first letter.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var length: Int

    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `path:line:column`, the prefix editors turn into a link.
    public var description: String { "\(file):\(line):\(column)" }
}
