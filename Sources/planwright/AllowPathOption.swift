import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightImports
import PlanwrightModel
import PlanwrightPlanning

/// `--allow-path DIR` (repeatable): a folder outside the plan's own tree whose files the plan
/// may name. Without it, a plan reads only files in its folder or its git repository.
struct AllowPathOption: ParsableArguments {
    @Option(name: .customLong("allow-path"),
            help: ArgumentHelp("A folder outside the plan's folder (or its git repository) whose files the plan may name, such as a shared framework; repeat for more.",
                               valueName: "dir"))
    var folders: [String] = []

    init() {}

    var access: FileAccess { FileAccess(allowing: folders) }

    /// A pipeline whose plans may name files in the allowed folders.
    func pipeline(_ planner: Planner = Planner()) -> PlanPipeline {
        PlanPipeline(loader: PlanLoader(access: access), planner: planner)
    }

    /// ArgumentParser checks an option group before the command has read `--language`, so this
    /// is worded in English there, like ArgumentParser's own usage errors; `wording` is for a
    /// command that checks again in its language.
    func validate() throws { try validate(wording: .english) }

    func validate(wording: Wording) throws {
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(wording.say(Message("cli_allow_path_not_a_folder", ["folder": .text(folder)])))
            }
        }
    }
}
