import ArgumentParser
import Foundation
import PlanwrightOutputs

/// Prints a planned value as JSON, or says why it cannot be and exits with an error: never
/// an empty `{}` that reads as success.
func printJSON(_ value: some Encodable) throws {
    do {
        print(try PlanJSON.encode(value), terminator: "")
    } catch {
        try exitWithError(error.description, status: ExitStatus.planErrors)
    }
}
