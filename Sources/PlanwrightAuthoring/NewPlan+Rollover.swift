import Foundation
import PlanwrightDocument
import PlanwrightImports
import PlanwrightModel

extension NewPlan {
    /// What `init --from` wrote: the years, and what was left behind and carried over.
    public struct RolledOver: Sendable {
        public var summary: Summary?
        public var isUsageError: Bool
    }

    /// The facts of a rollover, for the command's summary line.
    public struct Summary: Sendable, Equatable {
        public var from: SchoolYearName
        public var to: SchoolYearName
        public var milestonesLeftBehind: Int
        public var milestonesCarried: Int
        public var goalsLeftBehind: Int
        public var ratingsRaised: Int
        public var stepsDone: Int
    }

    /// Writes next year's plan to `path`, which must not exist, from the plan at `last`, which
    /// must check without errors: a rollover of a plan with errors would carry them, or worse,
    /// guess past them.
    public func rollOver(from last: String, to path: String) -> Checked<RolledOver> {
        func usage(_ message: Message) -> Checked<RolledOver> {
            Checked(RolledOver(summary: nil, isUsageError: true), diagnostics: [.error(message, at: nil)])
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            return usage(isFolder.boolValue ? Message("init_path_is_folder", ["path": .text(path), "folder": .text(path)])
                                            : Message("init_plan_exists", ["path": .text(path)]))
        }
        let source: SourceText
        switch SourceFiles.read(last) {
        case let .success(text): source = text
        case let .failure(problem): return usage(Message("import_cannot_read_plan", ["path": .text(last), "reason": .message(problem.reason)]))
        }
        let loaded = PlanLoader(frameworks: frameworks).load(source)
        guard let plan = loaded.value.plan, let tree = YAMLLoader().load(source).tree else {
            var diagnostics = loaded.diagnostics.filter { $0.severity == .error }
            diagnostics.append(.error(Message("init_from_has_errors", ["path": .text(last)]), at: nil))
            return Checked(RolledOver(summary: nil, isUsageError: false), diagnostics: diagnostics, sources: loaded.sources)
        }
        let rolled = PlanRollover(plan: plan, root: tree.root, text: String(decoding: source.bytes, as: UTF8.self),
                                  files: PlanFolderMove(from: last, to: path)).write()
        do throws(NewFile.Failure) {
            try NewFile.write(rolled.text, to: path)
        } catch {
            switch error {
            case .exists: return usage(Message("init_plan_exists", ["path": .text(path)]))
            case let .cannotWrite(reason): return usage(Message("init_cannot_write", ["path": .text(path), "reason": .message(reason)]))
            }
        }
        return Checked(RolledOver(summary: rolled.summary, isUsageError: false))
    }
}
