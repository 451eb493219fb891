// Every stage as one import, for the benchmark, the fuzzer and the tests, which exercise the
// whole pipeline; the CLI imports the stages it uses, so each command shows what it depends on.
@_exported import PlanwrightDocument
@_exported import PlanwrightModel
@_exported import PlanwrightImports
@_exported import PlanwrightPlanning
@_exported import PlanwrightComparison
@_exported import PlanwrightOutputs
@_exported import PlanwrightAuthoring
