/// A plain relative path inside the output folder: folder names and a final name, none of them
/// empty, `.` or `..`, no leading `/`, no control characters. Anything else — from the renderer
/// or read back from a manifest — could point outside the output folder, so it is refused.
struct OutputPath: Hashable, Comparable, CustomStringConvertible {
    let components: [String]

    init?(_ text: String) {
        guard !text.isEmpty, !text.hasPrefix("/"),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        components = parts
    }

    init(components: [String]) { self.components = components }

    var name: String { components[components.count - 1] }
    /// The folders it lies in, outermost first: `a/b/c.md` → `a`, `a/b`.
    var folders: [OutputPath] { (1..<components.count).map { OutputPath(components: Array(components[..<$0])) } }
    var parent: OutputPath? { components.count > 1 ? OutputPath(components: Array(components.dropLast())) : nil }
    var description: String { components.joined(separator: "/") }

    static func < (a: OutputPath, b: OutputPath) -> Bool { a.description < b.description }
}
