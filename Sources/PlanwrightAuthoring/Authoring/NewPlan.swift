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
        func usage(_ message: String) -> Result {
            Result(Written(framework: nil, isUsageError: true), diagnostics: [.error(english: message, at: nil)])
        }
        let exists = "'\(path)' already exists; init never overwrites a plan: choose another name, or move the file away first"
        // "new/" or an existing folder names a folder: writing a file "new" would surprise, and so
        // would a plan under a name the user did not give; ask for the file's name.
        var isFolder: ObjCBool = false
        let existing = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if path.hasSuffix("/") || existing && isFolder.boolValue {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            return usage("'\(path)' names a folder; init writes one plan file: give its name, such as '\(folder)/plan.yaml'")
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
            case let .cannotWrite(reason): return usage("cannot write '\(path)': \(reason)")
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
        return [.warning(english: "the new plan names the framework file '\(reference)', which is outside the plan's folder and its git repository; "
                         + "move the framework next to the plan, or run check and build with --allow-path \(folder)", at: nil)]
    }

    /// `../frameworks/indistar.yaml`: how the plan in `folder` names `file`; absolute when they share no folder but the root.
    static func relativePath(to file: URL, from folder: URL) -> String {
        let target = file.standardizedFileURL.pathComponents, base = folder.standardizedFileURL.pathComponents
        let shared = zip(target, base).prefix { $0 == $1 }.count
        guard shared > 1 else { return file.standardizedFileURL.path }
        return (Array(repeating: "..", count: base.count - shared) + target[shared...]).joined(separator: "/")
    }
}
