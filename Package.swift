// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Planwright",
    platforms: [.macOS(.v13)],
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
            resources: [.copy("frameworks"), .copy("handouts")]
        ),
        .target(
            name: "PlanwrightKit",
            dependencies: [
                "CYAML", "CCmarkGFM", "PlanwrightTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "planwright",
            dependencies: [
                "PlanwrightKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "planwright-bench",
            dependencies: ["PlanwrightKit", "CYAML"],
            path: "Benchmarks/planwright-bench"
        ),
        // libFuzzer's driver, declared only: linked when planwright-fuzz is built with -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        // Replays plan files through the loader, decoder and planner; with -DFUZZING and
        // -sanitize=fuzzer, a libFuzzer binary (README, Tests). Nothing depends on it.
        .executableTarget(
            name: "planwright-fuzz",
            dependencies: ["PlanwrightKit", "CLibFuzzer"]
        ),
        .testTarget(
            name: "PlanwrightKitTests",
            dependencies: ["PlanwrightKit"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
