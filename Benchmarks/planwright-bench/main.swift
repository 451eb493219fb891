// Planwright's benchmarks. Run in release mode:
//   swift run -c release planwright-bench [load|schedule|people|budget|tools|build|diff] [--repetitions N]
// Each figure is the best of N runs; ratios compare figures measured in this same run.
let arguments = CommandLine.arguments
let repetitions = arguments.firstIndex(of: "--repetitions").flatMap { Int(arguments[$0 + 1]) } ?? 7
let only = arguments.dropFirst().first { !$0.hasPrefix("-") && Int($0) == nil }
if only == nil || only == "load" { LoadBenchmark.run(repetitions: repetitions) }
if only == nil || only == "schedule" { ScheduleBenchmark.run(repetitions: repetitions) }
if only == nil || only == "people" { PeopleBenchmark.run(repetitions: repetitions) }
if only == nil || only == "budget" { BudgetBenchmark.run(repetitions: repetitions) }
if only == nil || only == "tools" { EcosystemBenchmark.run(repetitions: repetitions) }
if only == nil || only == "build" { BuildBenchmark.run(repetitions: repetitions) }
if only == nil || only == "diff" { DiffBenchmark.run(repetitions: repetitions) }
