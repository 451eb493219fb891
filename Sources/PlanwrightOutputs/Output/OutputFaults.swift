import PlanwrightDocument

/// One change to the filesystem that writing the outputs is about to make.
struct OutputStep: CustomStringConvertible {
    var action: String
    var path: String
    var description: String { "\(action) \(path)" }
}

/// A hook called before every change to the filesystem, so tests can stop a build at any step
/// as a kill would, or make a step fail as a full disk or a read-only folder would.
struct OutputFaults {
    enum Action { case proceed, fail(Int32), stop }

    /// Thrown when a test stops the build: nothing is rolled back or cleaned up after it.
    struct Stopped: Error {}

    var before: (OutputStep) -> Action

    static var none: OutputFaults { OutputFaults { _ in .proceed } }

    /// Runs `change` unless the hook stops or fails it first. `action` is the step's id that tests
    /// name ("create folder"), not words a person reads: a real failure says what it did through
    /// `DirectoryHandle.SystemError`, worded from the strings files.
    func perform(_ action: String, _ path: CustomStringConvertible, _ change: () throws -> Void) throws {
        switch before(OutputStep(action: action, path: path.description)) {
        case .proceed: try change()
        // Only a test makes a step fail: the step is named by its fault id, which is not worded.
        case let .fail(code): throw DirectoryHandle.SystemError(code: code, operation: .english("\(action) '\(path)'"))
        case .stop: throw Stopped()
        }
    }
}
