import Foundation
import PlanwrightDocument
import PlanwrightModel

/// `planwright init`: a new plan file from a framework, ready to fill in.
public struct NewPlan: Sendable {
    public var frameworks: FrameworkLibrary

    public init(frameworks: FrameworkLibrary = FrameworkLibrary()) {
        self.frameworks = frameworks
    }

    public struct Written: Sendable {
        /// The framework the plan is rated against, when the plan was written.
        public var framework: Framework?
        /// Wrong usage (the file exists, no such framework), as opposed to a framework file with errors.
        public var isUsageError: Bool
    }

    /// What was written, with the framework files read, so their problems can be quoted.
    public typealias Result = Checked<Written>

    /// Writes the skeleton plan to `path`, which must not exist. `framework` is a built-in name or a
    /// framework file's path (relative to the current folder); the plan refers to it relative to itself.
    public func write(to path: String, framework name: String, district: String?) -> Result {
        func usage(_ message: Message) -> Result {
            Result(Written(framework: nil, isUsageError: true), diagnostics: [.error(message, at: nil)])
        }
        let exists = Message("init_plan_exists", ["path": .text(path)])
        // "new/" or an existing folder names a folder: writing a file "new" would surprise, and so
        // would a plan under a name the user did not give; ask for the file's name.
        var isFolder: ObjCBool = false
        let existing = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if path.hasSuffix("/") || existing && isFolder.boolValue {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            return usage(Message("init_path_is_folder", ["path": .text(path), "folder": .text(folder)]))
        }
        if existing { return usage(exists) }

        // Paths given on the command line are relative to the current folder, not to the new plan.
        let commandLine = SourceLocation(file: "", line: 0, column: 0)
        let loaded = frameworks.load(name, relativeTo: "./plan.yaml", at: commandLine)
        let diagnostics = loaded.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location == commandLine { diagnostic.location = nil }
            return diagnostic
        }
        guard let framework = loaded.framework else {
            let aboutTheName = diagnostics.allSatisfy { $0.location == nil }
            return Result(Written(framework: nil, isUsageError: aboutTheName), diagnostics: diagnostics, sources: loaded.sources)
        }
        let reference = frameworks.builtInNames.contains(name) ? name : Self.relativePath(to: URL(fileURLWithPath: name), from: URL(fileURLWithPath: path).deletingLastPathComponent())
        let text = PlanSkeleton.render(framework: framework, reference: reference, district: district)
        do throws(NewFile.Failure) {
            try NewFile.write(text, to: path)
        } catch {
            switch error {
            case .exists: return usage(exists)
            case let .cannotWrite(reason): return usage(Message("init_cannot_write", ["path": .text(path), "reason": .message(reason)]))
            }
        }
        let outside = frameworks.builtInNames.contains(name) ? [] : Self.outsideWarning(framework: name, reference: reference, plan: path)
        return Result(Written(framework: framework, isUsageError: false), diagnostics: diagnostics + outside, sources: loaded.sources)
    }

    /// A framework file outside the new plan's tree is one `check` will refuse to read (a plan
    /// may not reach the rest of the machine), so say so now rather than at the first check.
    static func outsideWarning(framework: String, reference: String, plan: String) -> [Diagnostic] {
        guard case .failure = PlanTree(planFile: plan).admit(framework) else { return [] }
        let folder = URL(fileURLWithPath: framework).deletingLastPathComponent().standardizedFileURL.path
        return [.warning(Message("init_framework_outside", ["framework": .text(reference), "folder": .text(folder)]), at: nil)]
    }

    /// `../frameworks/indistar.yaml`: how the plan in `folder` names `file`; absolute when they share no folder but the root.
    static func relativePath(to file: URL, from folder: URL) -> String {
        let target = file.standardizedFileURL.pathComponents, base = folder.standardizedFileURL.pathComponents
        let shared = zip(target, base).prefix { $0 == $1 }.count
        guard shared > 1 else { return file.standardizedFileURL.path }
        return (Array(repeating: "..", count: base.count - shared) + target[shared...]).joined(separator: "/")
    }
}
