// Planwright's benchmarks. Run in release mode:
//   swift run -c release planwright-bench [--repetitions N]
// Each figure is the best of N runs; ratios compare figures measured in this same run.
let arguments = CommandLine.arguments
let repetitions = arguments.firstIndex(of: "--repetitions").flatMap { Int(arguments[$0 + 1]) } ?? 7
LoadBenchmark.run(repetitions: repetitions)
