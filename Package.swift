// swift-tools-version:6.0
import PackageDescription

// Foundation and the toolchain only: the product's owner asked for no package dependencies.

// The layers are modules, and a release build does not inline or specialise across modules unless told to: without
// this, `export all` at 10,000 employees took 6.46 s against 5.65 s before the split (median of 5 interleaved runs,
// same machine); with it 5.54 s. Release builds only; debug builds and the tests are unaffected.
let acrossLayers: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "catalogue",
    products: [
        .executable(name: "catalogue", targets: ["catalogue"]),
        .library(name: "CatalogueKit", targets: ["CatalogueKit"]),
    ],
    targets: [
        // The KLE plan (OS2KLE's file compiled in) and its look-ups: the bottom layer, depending on nothing.
        .target(
            name: "KLE",
            exclude: ["Plan/OS2KLE.txt", "Plan/change.json", "Plan/LICENSE.txt", "Plan/SOURCE.md"],
            swiftSettings: acrossLayers
        ),
        // The layers, each a target so that an import the wrong way round does not compile:
        // the model and the vocabulary of problems (no words), then reading and writing files
        // (and a KLE plan given as a file),
        // then the checks of the catalogue as a whole; beside them search and Markdown, which know
        // nothing of the catalogue; then the publications with their language tables
        // (CatalogueExport); on top the command line and its wording (CatalogueKit).
        .target(name: "CatalogueModel", swiftSettings: acrossLayers),
        .target(name: "CatalogueStorage", dependencies: ["CatalogueModel", "KLE"], swiftSettings: acrossLayers),
        .target(name: "CatalogueValidation", dependencies: ["CatalogueModel", "CatalogueStorage", "KLE"], swiftSettings: acrossLayers),
        // The transaction every change goes through (lock, load, change, plan, check, write).
        .target(name: "CatalogueEditing", dependencies: ["CatalogueModel", "CatalogueStorage", "CatalogueValidation"], swiftSettings: acrossLayers),
        // Danish-aware folding and the ranked search: keys and texts in, hits out, knowing nothing of the catalogue.
        .target(name: "CatalogueSearch", swiftSettings: acrossLayers),
        // HTML escaping and the Markdown subset: text in, HTML out, knowing nothing of the catalogue.
        .target(name: "CatalogueMarkdown", swiftSettings: acrossLayers),
        // The publications (internal catalogue, external page, switchboard lists, phone profiles) and their
        // language tables (Strings.swift), pure functions from the model and a date to bytes.
        .target(name: "CatalogueExport", dependencies: ["CatalogueModel", "CatalogueSearch", "CatalogueMarkdown", "KLE"], swiftSettings: acrossLayers),
        .target(name: "CatalogueKit", dependencies: ["CatalogueModel", "CatalogueStorage", "CatalogueValidation", "CatalogueEditing", "CatalogueSearch", "CatalogueExport", "KLE"], swiftSettings: acrossLayers),
        .executableTarget(name: "catalogue", dependencies: ["CatalogueKit", "CatalogueStorage"]),
        // Development tools for `make bench`: a synthetic catalogue of any size, and the timer.
        .executableTarget(name: "catalogue-gen", dependencies: ["CatalogueKit", "CatalogueModel", "CatalogueStorage", "KLE"]),
        .executableTarget(name: "catalogue-bench"),
        .testTarget(
            name: "CatalogueKitTests",
            dependencies: ["CatalogueKit", "CatalogueModel", "CatalogueStorage", "CatalogueValidation", "CatalogueEditing", "CatalogueSearch", "CatalogueMarkdown", "CatalogueExport", "KLE", "catalogue"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
