// swift-tools-version:6.0
import PackageDescription

// Foundation and the toolchain only: the product's owner asked for no package dependencies.
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
            exclude: ["Plan/OS2KLE.txt", "Plan/change.json", "Plan/LICENSE.txt", "Plan/SOURCE.md"]
        ),
        // The layers, each a target so that an import the wrong way round does not compile:
        // the model and the vocabulary of problems (no words), then reading and writing files
        // (and a KLE plan given as a file),
        // then the checks of the catalogue as a whole, then everything that searches, renders and
        // speaks (CatalogueKit: the command line and the language tables).
        .target(name: "CatalogueModel"),
        .target(name: "CatalogueStorage", dependencies: ["CatalogueModel", "KLE"]),
        .target(name: "CatalogueValidation", dependencies: ["CatalogueModel", "CatalogueStorage", "KLE"]),
        // The transaction every change goes through (lock, load, change, plan, check, write).
        .target(name: "CatalogueEditing", dependencies: ["CatalogueModel", "CatalogueStorage", "CatalogueValidation"]),
        .target(name: "CatalogueKit", dependencies: ["CatalogueModel", "CatalogueStorage", "CatalogueValidation", "CatalogueEditing", "KLE"]),
        .executableTarget(name: "catalogue", dependencies: ["CatalogueKit", "CatalogueStorage"]),
        // Development tools for `make bench`: a synthetic catalogue of any size, and the timer.
        .executableTarget(name: "catalogue-gen", dependencies: ["CatalogueKit", "CatalogueModel", "CatalogueStorage"]),
        .executableTarget(name: "catalogue-bench"),
        .testTarget(
            name: "CatalogueKitTests",
            dependencies: ["CatalogueKit", "CatalogueModel", "CatalogueStorage", "CatalogueValidation", "CatalogueEditing", "KLE", "catalogue"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
