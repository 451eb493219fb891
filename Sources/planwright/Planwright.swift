import PlanwrightDocument
import ArgumentParser
import Foundation

/// The `planwright` command: a thin front over PlanwrightKit, one file per subcommand.
struct Planwright: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planwright",
        abstract: "Turns a district's continuous-improvement plan (YAML) into dated schedules, training and handouts.",
        subcommands: [CheckCommand.self, PlanCommand.self, BuildCommand.self, StatusCommand.self, DiffCommand.self, CalendarCommand.self,
                      InitCommand.self, SchemaCommand.self])
}

/// Exit codes: 0 fine, 1 the plan has errors, 2 wrong usage, an unreadable file or output
/// that could not be written.
enum ExitStatus {
    static let planErrors: Int32 = 1
    static let usage: Int32 = 2
    static let output: Int32 = 2
}

@main
enum Main {
    static func main() {
        do {
            var command = try Planwright.parseAsRoot()
            try command.run()
            failIfOutputLost()
        } catch {
            // The plan's own exit status stands, unless it would say 0 for output that was lost.
            if Planwright.exitCode(for: error) == .success { failIfOutputLost() }
            // ArgumentParser would exit 64 for usage errors; this tool promises 2.
            let code = Planwright.exitCode(for: error)
            if code == .success || error is ExitCode {
                Planwright.exit(withError: error)
            }
            FileHandle.standardError.write(Data((Planwright.fullMessage(for: error) + "\n").utf8))
            exit(ExitStatus.usage)
        }
    }

    /// Exits with `ExitStatus.output` and says why when standard output could not be written.
    static func failIfOutputLost() {
        guard let message = StandardOutput.failure() else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(ExitStatus.output)
    }
}
