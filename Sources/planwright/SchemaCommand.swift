import ArgumentParser
import PlanwrightAuthoring

/// `planwright schema`: the plan format as JSON Schema, for editors that check YAML as you type.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the plan format as a JSON Schema (draft 2020-12), for editors such as VS Code's YAML extension.")

    func run() throws {
        print(PlanSchema.generate(), terminator: "")
    }
}
