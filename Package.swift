// swift-tools-version:6.0
import PackageDescription

/// The six stages, named directly by the targets that otherwise import only the `PlanwrightKit`
/// umbrella: an incremental build relinked those against stale layouts of the stages' types
/// (the umbrella's own module does not change when a stage's does), and they crashed.
let stages: [Target.Dependency] = ["PlanwrightDocument", "PlanwrightModel", "PlanwrightImports", "PlanwrightPlanning",
                                   "PlanwrightComparison", "PlanwrightOutputs", "PlanwrightAuthoring"]

let package = Package(
    name: "Planwright",
    // macOS 15 (Sequoia), because `Money` keeps cents in `Int128`, which Apple ships from macOS 15:
    // 128 bits make every sum a plan can produce exact without an overflow check (and a crash, or
    // an error path) at each product. A 64-bit Money would reach macOS 13 as well, but every
    // product by a count would need a checked path through the budget planner. macOS 15 runs on
    // Macs from 2018 on (MacBook Air 2020); an older Mac builds on Linux or in a container.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "planwright", targets: ["planwright"]),
        .library(name: "PlanwrightKit", targets: ["PlanwrightKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libyaml, the C library (Debian: libyaml-dev), used directly through its event API.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // cmark-gfm, the CommonMark reference (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev),
        // for Markdown text in plans; it omits raw HTML unless told otherwise.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Built-in frameworks and templates, shipped as resources so edits need no Swift.
        .target(
            name: "PlanwrightTemplates",
            path: "Templates",
            exclude: [],
            sources: ["TemplateResources.swift"],
            resources: [.copy("frameworks"), .copy("handouts"), .copy("strings")]
        ),
        // The pipeline's stages, each its own module so the compiler keeps the direction
        // document → model → planning → comparison/outputs, with authoring beside the model.
        // Document: the YAML loader (libyaml events to a node tree) and the diagnostics.
        // It also reads the strings files, so diagnostics are worded like every output.
        .target(
            name: "PlanwrightDocument",
            dependencies: ["CYAML", "PlanwrightTemplates"]
        ),
        // Model: the plan's content, decoded from the node tree and validated.
        .target(
            name: "PlanwrightModel",
            dependencies: ["PlanwrightDocument", "PlanwrightTemplates"]
        ),
        // Imports: the files a plan names (calendars, rosters, surveys, app reports), read by the
        // same rules as the plan and merged into its model; and the loader, the one place that
        // runs document → model → imports → validation for a plan file.
        .target(
            name: "PlanwrightImports",
            dependencies: ["PlanwrightDocument", "PlanwrightModel"]
        ),
        // Planning: the calendar, the schedule, people and progress, and the pipeline run.
        .target(
            name: "PlanwrightPlanning",
            dependencies: ["PlanwrightDocument", "PlanwrightModel", "PlanwrightImports"]
        ),
        // Comparison: two plans (or git snapshots of one) compared.
        .target(
            name: "PlanwrightComparison",
            dependencies: ["PlanwrightDocument", "PlanwrightModel", "PlanwrightPlanning"]
        ),
        // Outputs: the terminal reports, JSON, and the handouts from Mustache templates.
        .target(
            name: "PlanwrightOutputs",
            dependencies: [
                "PlanwrightDocument", "PlanwrightModel", "PlanwrightPlanning", "PlanwrightComparison",
                "CCmarkGFM", "PlanwrightTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Authoring: the JSON Schema and starter plans, written from the model's shapes.
        .target(
            name: "PlanwrightAuthoring",
            dependencies: ["PlanwrightDocument", "PlanwrightModel", "PlanwrightImports"]
        ),
        // All the stages as one import, for the benchmark, the fuzzer and the tests.
        .target(
            name: "PlanwrightKit",
            dependencies: [
                "PlanwrightDocument", "PlanwrightModel", "PlanwrightImports", "PlanwrightPlanning",
                "PlanwrightComparison", "PlanwrightOutputs", "PlanwrightAuthoring",
            ]
        ),
        .executableTarget(
            name: "planwright",
            dependencies: [
                "PlanwrightDocument", "PlanwrightModel", "PlanwrightImports", "PlanwrightPlanning",
                "PlanwrightComparison", "PlanwrightOutputs", "PlanwrightAuthoring",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "planwright-bench",
            dependencies: stages + ["PlanwrightKit", "CYAML"],
            path: "Benchmarks/planwright-bench"
        ),
        // libFuzzer's driver, declared only: linked when planwright-fuzz is built with -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        // Replays plan files through the loader, decoder and planner; with -DFUZZING and
        // -sanitize=fuzzer, a libFuzzer binary (README, Tests). Nothing depends on it.
        .executableTarget(
            name: "planwright-fuzz",
            dependencies: stages + ["PlanwrightKit", "CLibFuzzer"]
        ),
        .testTarget(
            name: "PlanwrightKitTests",
            dependencies: [
                "PlanwrightKit", "PlanwrightDocument", "PlanwrightModel", "PlanwrightImports", "PlanwrightPlanning",
                "PlanwrightComparison", "PlanwrightOutputs", "PlanwrightAuthoring",
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
