// swift-tools-version:6.0
// libFuzzer targets for leadprint's input readers, in a package of their own so that a plain
// `swift build` of leadprint never links them. Build and run: see README.md beside this file.
import PackageDescription

let package = Package(
    name: "leadprint-fuzz",
    dependencies: [
        .package(name: "leadprint", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "leadprint-fuzz", dependencies: [
            .product(name: "LeadprintReaders", package: "leadprint"),
            .product(name: "LeadprintKit", package: "leadprint"),
        ]),
    ]
)
