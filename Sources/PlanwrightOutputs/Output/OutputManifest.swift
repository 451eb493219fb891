/// `.planwright-manifest`: what Planwright wrote into the output folder, so the next build removes
/// its own stale files and nothing else. One entry a line: a file's relative path, or a folder
/// Planwright created between slashes, `/schools/` (a folder is removed only when empty and
/// listed here). Earlier versions skip lines that start with `/`, so they never take a folder
/// for a file to delete; their manifests list files only, and are read the same way.
struct OutputManifest {
    static let name = ".planwright-manifest"
    /// The most of it that is read. One line per file is some 35 bytes, so a manifest of a
    /// state's 6,000 outputs is about 200 KB; anything over this is not one Planwright wrote.
    static let maxBytes = 16 * 1024 * 1024

    var files: [OutputPath] = []
    var folders: [OutputPath] = []
    /// The line each entry was read from, for warnings about it.
    var lines: [OutputPath: Int] = [:]

    /// A line that is not a plain path inside the output folder: reported, never obeyed.
    struct DamagedLine: Equatable { var line: Int; var text: String }

    static func parse(_ text: String) -> (manifest: OutputManifest, damaged: [DamagedLine]) {
        var manifest = OutputManifest(), damaged: [DamagedLine] = []
        var seenFiles: Set<OutputPath> = [], seenFolders: Set<OutputPath> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let isFolder = line.count > 2 && line.hasPrefix("/") && line.hasSuffix("/")
            guard let path = OutputPath(String(isFolder ? line.dropFirst().dropLast() : line[...])) else {
                damaged.append(DamagedLine(line: index + 1, text: String(line)))
                continue
            }
            if isFolder ? !seenFolders.insert(path).inserted : !seenFiles.insert(path).inserted { continue }
            if manifest.lines[path] == nil { manifest.lines[path] = index + 1 }
            if isFolder { manifest.folders.append(path) } else { manifest.files.append(path) }
        }
        return (manifest, damaged)
    }

    var text: String {
        (files.map(\.description) + folders.map { "/\($0)/" }).sorted().map { $0 + "\n" }.joined()
    }
}
