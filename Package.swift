// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "leadprint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leadprint", targets: ["leadprint"]),
        .library(name: "LeadprintKit", targets: ["YAMLSupport", "LeadCatalog", "Geometry", "DisplayList", "Typesetting", "Layout", "Barcodes", "Documents", "Render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        // Debian's libzint-dev ships no pkg-config file; the module map links it by name.
        .systemLibrary(name: "CZint", providers: [.apt(["libzint-dev"])]),

        // libpng reports errors by longjmp, which Swift cannot catch: a small C target owns the setjmp.
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("png16")]),
        .target(name: "Geometry"),
        // One located YAML reader for every input file: guards, typed fields, one problem type.
        .target(name: "YAMLSupport", dependencies: ["Geometry", .product(name: "Yams", package: "Yams")]),
        .target(name: "LeadCatalog", dependencies: ["Geometry", "YAMLSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "DisplayList", dependencies: ["Geometry"]),
        .target(name: "Typesetting", dependencies: ["Geometry", "DisplayList", "CHarfBuzz", "CFontconfig"]),
        .target(name: "Layout", dependencies: ["Geometry", "DisplayList", "Typesetting", "YAMLSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "Barcodes", dependencies: ["Geometry", "DisplayList", "CZint"]),
        .target(name: "Documents", dependencies: ["Geometry", "LeadCatalog", "DisplayList", "Typesetting", "Layout", "Barcodes"]),
        .target(name: "Render", dependencies: ["Geometry", "DisplayList", "CCairo", "CFreeType", "CPNGWriter"]),
        .executableTarget(name: "leadprint", dependencies: [
            "YAMLSupport", "Geometry", "LeadCatalog", "DisplayList", "Typesetting", "Layout", "Barcodes", "Documents", "Render",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // A release-build benchmark of a warehouse tag job: `swift run -c release leadprint-bench 100000`.
        .executableTarget(name: "leadprint-bench", dependencies: ["LeadCatalog", "Layout", "DisplayList", "Documents", "Render", "Typesetting"]),

        .target(name: "TestSupport", dependencies: ["CCairo", "Geometry"], path: "Tests/TestSupport"),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "YAMLSupportTests", dependencies: ["YAMLSupport", "Geometry", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "LeadCatalogTests", dependencies: ["TestSupport", "LeadCatalog"]),
        .testTarget(name: "DisplayListTests", dependencies: ["DisplayList"]),
        .testTarget(name: "TypesettingTests", dependencies: ["TestSupport", "Typesetting", "DisplayList", "Geometry", "CFreeType"]),
        .testTarget(name: "LayoutTests", dependencies: ["TestSupport", "Layout", "Geometry", "Typesetting", "DisplayList"]),
        .testTarget(name: "BarcodesTests", dependencies: ["TestSupport", "Barcodes", "DisplayList", "Render", "Geometry"]),
        .testTarget(name: "DocumentsTests", dependencies: ["TestSupport", "Documents", "LeadCatalog", "Layout", "Render", "Typesetting", "DisplayList", "Geometry", "Barcodes"]),
        .testTarget(name: "RenderTests", dependencies: ["TestSupport", "Render", "DisplayList", "Typesetting"]),
        .testTarget(name: "LeadprintTests", dependencies: ["TestSupport", "leadprint"]),
    ]
)
