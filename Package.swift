// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Broadside",
    products: [
        .library(name: "BroadsideCore", targets: ["BroadsideCore"]),
        .library(name: "Campaign", targets: ["Campaign"]),
        .executable(name: "broadside", targets: ["broadside"]),
        .executable(name: "broadside-bench", targets: ["broadside-bench"]),
        .plugin(name: "BroadsideBuildPlugin", targets: ["BroadsideBuildPlugin"]),
        .plugin(name: "publish", targets: ["BroadsidePublishPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The reference CommonMark library, from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Cairo and Pango, which lay out and write the flyer's PDF (Debian's libpangocairo-1.0-0): loaded
        // when the fonts are, on their own thread, not linked, so that `broadside` starts without them.
        // DWARF 4, as for JemallocOptions below, for valgrind.
        .target(name: "CPangoCairo", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // cmark's allocator: a page's trees in chunks given back at once (DWARF 4 for valgrind).
        .target(name: "CmarkArena", dependencies: ["CCmark"], cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // The compiler: source format → Campaign model → one renderer per edition.
        .target(
            name: "BroadsideCore",
            dependencies: ["CCmark", "CmarkArena", "CPangoCairo"]
        ),
        // jemalloc's options for the release tool (`malloc_conf`, read when jemalloc starts). Its debug
        // information is DWARF 4, which valgrind (used to count a build's instructions) can read.
        .target(name: "JemallocOptions", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // The command-line tool: a thin shell over BroadsideCore.
        .executableTarget(
            name: "broadside",
            dependencies: [
                "BroadsideCore",
                "JemallocOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build allocates with jemalloc (Debian's libjemalloc-dev): a large build makes and
            // frees a million small blocks from several threads, and takes 12-16% less time than with
            // glibc's malloc (docs/PERFORMANCE.md). It has the Swift runtime and libraries linked in
            // (-static-stdlib): starting takes 2.4 ms less without resolving their symbols, and their
            // functions (a hundred million retains and releases at scale 1000) are called directly,
            // not through the PLT; a build at scale 1000 takes 5% less time.
            linkerSettings: [
                .linkedLibrary("jemalloc", .when(configuration: .release)),
                .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
                // FoundationEssentials' own dependencies, which its static library does not name.
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
            ]
        ),
        // The benchmark: Broadside against cmark at 1× to 1000× the campaign, and pathological inputs.
        .executableTarget(
            name: "broadside-bench",
            dependencies: [
                "BroadsideCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs `broadside build` on content/ during `swift build`.
        .plugin(
            name: "BroadsideBuildPlugin",
            capability: .buildTool(),
            dependencies: ["broadside"]
        ),
        // `swift package --allow-writing-to-package-directory publish` copies the editions to dist/.
        .plugin(
            name: "BroadsidePublishPlugin",
            capability: .command(
                intent: .custom(
                    verb: "publish", description: "Write every edition of the campaign to dist/ (or --output PATH)"),
                permissions: [.writeToPackageDirectory(reason: "Broadside writes the campaign's editions to dist/")]
            ),
            dependencies: ["broadside"]
        ),
        // The campaign's editions, made from content/ by the build plugin, as resources (Bundle.module).
        .target(
            name: "Campaign",
            plugins: ["BroadsideBuildPlugin"]
        ),
        .testTarget(
            name: "BroadsideCoreTests",
            dependencies: ["BroadsideCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CampaignTests",
            dependencies: ["Campaign", "BroadsideCore"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["BroadsideCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
