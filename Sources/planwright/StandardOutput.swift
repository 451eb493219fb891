// The C global `stdout` is shared mutable state to Swift 6; it is only read here, on the main
// thread, once every command has printed.
#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif
import PlanwrightDocument

/// Whether what the command printed reached standard output. `print` reports nothing: a full
/// disk (`planwright schema > /dev/full`) or a closed pipe would lose the output while the
/// command said it succeeded, and a script would go on with an empty or cut file.
enum StandardOutput {
    /// Flushes standard output; a message for standard error if any write to it failed (the
    /// stream's error flag stays set after a failed write, also one made while printing).
    static func failure(wording: Wording = .english) -> String? {
        errno = 0
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return nil }
        return "planwright: " + wording.say(Message("cli_stdout_lost", ["error": .text(String(cString: strerror(code == 0 ? EIO : code)))]))
    }
}
