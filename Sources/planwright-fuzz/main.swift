import Foundation
#if FUZZING
import CLibFuzzer
#endif

// `planwright-fuzz FILE|FOLDER...` replays plan files through `FuzzEntry` and prints one line
// each; it exits 1 if a result has neither a plan nor a diagnostic (a trap ends it anyway).
//
// Built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer`, it is a libFuzzer binary instead:
// libFuzzer's own driver takes the arguments (corpus folders, -max_total_time=60, …).
// Inputs are placed at `fuzz-input.yaml` in the current folder, so run it in the folder of the
// corpus (Tests/PlanwrightKitTests/Fixtures/bad) and the framework files there resolve.

#if FUZZING
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data!, count: size))
    let outcome = FuzzEntry.run(bytes, path: "fuzz-input.yaml")
    if !outcome.isConsistent { fatalError("no plan and no diagnostic for this input") }
    return 0
})
#else
var inconsistent = 0
for argument in CommandLine.arguments.dropFirst() {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
        FileHandle.standardError.write(Data("planwright-fuzz: no such file or folder '\(argument)'\n".utf8))
        exit(2)
    }
    let files = isFolder.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
        : [argument]
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        let outcome = FuzzEntry.run([UInt8](data), path: file)
        if !outcome.isConsistent { inconsistent += 1 }
        print("\(file): \(outcome.planned ? "planned" : "not planned"), \(outcome.diagnostics) diagnostic\(outcome.diagnostics == 1 ? "" : "s")")
    }
}
exit(inconsistent == 0 ? 0 : 1)
#endif
