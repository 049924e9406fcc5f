// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "leadprint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leadprint", targets: ["leadprint"]),
        // `leadprint serve` runs it in its place; see Sources/leadprint-web.
        .executable(name: "leadprint-web", targets: ["leadprint-web"]),
        // `leadprint verify` runs it in its place; see Sources/leadprint-verify.
        .executable(name: "leadprint-verify", targets: ["leadprint-verify"]),
        .library(name: "LeadprintKit", targets: ["LeadprintKit"]),
        // The readers alone, for the fuzz package (Tests/Fuzz): every input file format without the engine.
        .library(name: "LeadprintReaders", targets: ["YAMLSupport", "LeadCatalog", "Typesetting", "Layout", "Orders", "Documents"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        // Hummingbird's own dependencies, named because the web front end imports their modules directly.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CFriBidi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),
        // Debian's libzint-dev ships no pkg-config file; the module map links it by name.
        .systemLibrary(name: "CZint", providers: [.apt(["libzint-dev"])]),
        // librsvg2-2 at run time: Images opens librsvg with dlopen when a logo is an SVG (see Images/Rsvg.swift).
        .systemLibrary(name: "CRsvg"),
        // libqpdf-dev for the headers only: Render opens libqpdf with dlopen when a PDF needs page boxes (see Render/QPDFLibrary.swift).
        .systemLibrary(name: "CQPDF", providers: [.apt(["libqpdf-dev"])]),
        // libcups2-dev for the headers only: Printing opens libcups with dlopen when a job prints (see Printing/Cups.swift).
        .systemLibrary(name: "CCups", providers: [.apt(["libcups2-dev"])]),
        // Verify's decoders and scan reader: zbar (Code 128, QR), libdmtx (Data Matrix, which zbar 0.23 does not read), gdk-pixbuf (PNG, JPEG).
        .systemLibrary(name: "CZbar", pkgConfig: "zbar", providers: [.apt(["libzbar-dev"])]),
        .systemLibrary(name: "CDmtx", pkgConfig: "libdmtx", providers: [.apt(["libdmtx-dev"])]),
        .systemLibrary(name: "CGdkPixbuf", pkgConfig: "gdk-pixbuf-2.0", providers: [.apt(["libgdk-pixbuf-2.0-dev"])]),
        // Scanned PDFs for verify: a few poppler-glib calls with opaque pointers (see CPoppler/shim.h).
        .systemLibrary(name: "CPoppler", providers: [.apt(["libpoppler-glib-dev"])]),

        // libpng reports errors by longjmp, which Swift cannot catch: a small C target owns the setjmp.
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("png16")]),
        .target(name: "Geometry"),
        // Libraries only some jobs need (libcups, librsvg, libqpdf), opened with dlopen when a job first needs them.
        .target(name: "DynamicLoading"),
        // One located YAML reader for every input file: guards, typed fields, one problem type.
        .target(name: "YAMLSupport", dependencies: ["Geometry", .product(name: "Yams", package: "Yams")]),
        .target(name: "LeadCatalog", dependencies: ["Geometry", "YAMLSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "DisplayList", dependencies: ["Geometry"]),
        // ICU's line breaking and plural rules behind plain C types, opened with dlopen on first use (see Sources/CICU/include/leadprint_icu.h).
        .target(name: "CICU"),
        .target(name: "Localization", dependencies: ["CICU", .product(name: "Yams", package: "Yams")]),
        // Logos: SVG through librsvg (vectors), PNG through Cairo; checked and measured here, drawn by Render.
        .target(name: "Images", dependencies: ["Geometry", "DisplayList", "CCairo", "CRsvg", "DynamicLoading"]),
        .target(name: "Typesetting", dependencies: ["Geometry", "DisplayList", "CHarfBuzz", "CFontconfig", "CFriBidi", "CICU"]),
        .target(name: "Layout", dependencies: ["Geometry", "DisplayList", "Typesetting", "YAMLSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "Barcodes", dependencies: ["Geometry", "DisplayList", "CZint"]),
        // Warehouse orders: read from CSV (a strict RFC 4180 reader of its own: the CSV library accepted an unterminated
        // quote and gave no positions) or a job file, located errors.
        .target(name: "Orders", dependencies: ["Geometry", "YAMLSupport"]),
        .target(name: "Documents", dependencies: ["Geometry", "YAMLSupport", "LeadCatalog", "Localization", "Orders", "DisplayList", "Typesetting", "Layout", "Barcodes"]),
        // Label printers' own languages (Brother P-touch raster, ZPL II) from a 1-bit bitmap; no Cairo.
        .target(name: "PrinterLanguages"),
        .target(name: "Render", dependencies: ["Geometry", "DisplayList", "CCairo", "CFreeType", "CPNGWriter", "CQPDF", "Images", "DynamicLoading", "PrinterLanguages"]),
        .target(name: "Printing", dependencies: ["Geometry", "CCups", "DynamicLoading", "PrinterLanguages"]),
        // `leadprint verify`: a scanned sheet registered by its decoded codes and compared with the job, label by label.
        .target(name: "Verify", dependencies: ["Barcodes", "CZbar", "CDmtx", "CGdkPixbuf", "CCairo", "CPoppler"]),
        // A tags job's scans verified: the job's slots and reference pages from the engine, compared by Verify.
        .target(name: "JobVerification", dependencies: ["Verify", "LeadprintKit", "Geometry"]),
        // What `leadprint verify` is given, so the command line checks it without linking the decoders.
        .target(name: "LeadprintVerifyOptions", dependencies: ["Geometry", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `leadprint verify` runs this program: it carries zbar, libdmtx and gdk-pixbuf (and their D-Bus, X11, GIO), not leadprint.
        .executableTarget(name: "leadprint-verify", dependencies: ["JobVerification", "LeadprintVerifyOptions", "LeadprintKit", "Verify",
                                                                   .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The job history and sheet state: one SQLite file (GRDB), knowing nothing of the engine, the web or the command line.
        .target(name: "JobHistory", dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]),
        // The facade every front end calls: a print job in, pages, bytes or files out.
        .target(name: "LeadprintKit", dependencies: ["Geometry", "JobHistory", "YAMLSupport", "LeadCatalog", "Localization", "Orders", "DisplayList", "Typesetting", "Layout", "Documents",
                                                     "Render", "Images", "Printing", "PrinterLanguages", .product(name: "Yams", package: "Yams")]),
        // What `leadprint serve` is given (options, settings, errors), without the server, so the command line can check them.
        .target(name: "LeadprintServe", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `leadprint serve`: the web front end over the same engine (Hummingbird 2).
        .target(name: "LeadprintWeb", dependencies: ["LeadprintKit", "LeadprintServe", "JobHistory", "Documents", "Render", "Geometry", "Layout", "LeadCatalog", "Orders", "Typesetting",
                                                     "YAMLSupport", .product(name: "Yams", package: "Yams"),
                                                     .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
                                                     .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
                                                     .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTPTypes", package: "swift-nio-extras")]),
        // The web server's program: its own executable, so the command line does not carry SwiftNIO and Hummingbird.
        .executableTarget(name: "leadprint-web", dependencies: ["LeadprintServe", "LeadprintWeb",
                                                                .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "leadprint", dependencies: [
            "LeadprintKit", "LeadprintServe", "JobHistory", "YAMLSupport", "Geometry", "LeadCatalog", "Layout", "Documents", "Render", "Localization", "Printing", "PrinterLanguages", "LeadprintVerifyOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Yams", package: "Yams"),
        ]),

        // Times leadprint jobs as a user runs them, beside the C reference: `swift build -c release && .build/release/leadprint-bench`.
        .executableTarget(name: "leadprint-bench", dependencies: ["LeadprintKit", "LeadCatalog", "Layout", "Documents"]),

        .target(name: "TestSupport", dependencies: ["CCairo", "Geometry"], path: "Tests/TestSupport"),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "DynamicLoadingTests", dependencies: ["DynamicLoading"]),
        .testTarget(name: "YAMLSupportTests", dependencies: ["YAMLSupport", "Geometry", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "LeadCatalogTests", dependencies: ["TestSupport", "LeadCatalog", "Geometry"]),
        .testTarget(name: "DisplayListTests", dependencies: ["DisplayList", "Geometry"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "TypesettingTests", dependencies: ["TestSupport", "Typesetting", "DisplayList", "Geometry", "CFreeType"]),
        .testTarget(name: "LayoutTests", dependencies: ["TestSupport", "Layout", "Geometry", "Typesetting"]),
        .testTarget(name: "BarcodesTests", dependencies: ["TestSupport", "Barcodes", "DisplayList", "Render", "Geometry"]),
        .testTarget(name: "OrdersTests", dependencies: ["Orders"]),
        .testTarget(name: "DocumentsTests", dependencies: ["TestSupport", "Documents", "Localization", "Orders", "LeadCatalog", "Layout", "Render", "Typesetting", "DisplayList", "Geometry", "Barcodes", "Images"]),
        .testTarget(name: "RenderTests", dependencies: ["TestSupport", "Render", "CCairo", "DisplayList", "Typesetting", "Geometry", "Documents", "Layout", "LeadCatalog", "Images"]),
        .testTarget(name: "ImagesTests", dependencies: ["TestSupport", "Images", "DisplayList", "Geometry"]),
        .testTarget(name: "LeadprintKitTests", dependencies: ["TestSupport", "LeadprintKit", "Documents", "LeadCatalog", "Images", "DisplayList", "Geometry",
                                                             .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "LeadprintTests", dependencies: ["TestSupport", "Geometry", "leadprint", "leadprint-web", "leadprint-verify"]),
        .testTarget(name: "LeadprintWebTests", dependencies: ["TestSupport", "LeadprintWeb", "LeadprintServe", "JobHistory", "leadprint", "leadprint-web",
                                                             .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
                                                             .product(name: "HummingbirdTesting", package: "hummingbird")],
                    exclude: ["Browser"]),
        .testTarget(name: "PrintingTests", dependencies: ["TestSupport", "Printing", "Geometry"]),
        .testTarget(name: "VerifyTests", dependencies: ["TestSupport", "Verify", "JobVerification", "LeadprintKit", "Geometry", "CCairo"]),
        .testTarget(name: "PrinterLanguagesTests", dependencies: ["TestSupport", "PrinterLanguages"]),
        .testTarget(name: "JobHistoryTests", dependencies: ["JobHistory", "LeadprintKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
