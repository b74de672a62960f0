// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Broadside",
    products: [
        .library(name: "BroadsideCore", targets: ["BroadsideCore"]),
        .library(name: "Campaign", targets: ["Campaign"]),
        .executable(name: "broadside", targets: ["broadside"]),
        .executable(name: "broadside-build", targets: ["broadside-build"]),
        .executable(name: "broadside-bench", targets: ["broadside-bench"]),
        .plugin(name: "BroadsideBuildPlugin", targets: ["BroadsideBuildPlugin"]),
        .plugin(name: "publish", targets: ["BroadsidePublishPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The preview's HTTP server and WebSocket: plain Swift on sockets, no SwiftNIO, so that it adds
        // little to a first build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The reference CommonMark library, from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Pango and Cairo, which lay out and write the flyer's PDF (Debian's libpango1.0-dev, libcairo2-dev).
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // QR codes for the flyer's call to action (Debian's libqrencode-dev).
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // gdk-pixbuf, which reads and checks the campaign's pictures (PNG and JPEG, through libpng and
        // libjpeg-turbo), scales them for the site and writes the scaled copies (Debian's libgdk-pixbuf-2.0-dev).
        .systemLibrary(
            name: "CGdkPixbuf",
            pkgConfig: "gdk-pixbuf-2.0",
            providers: [.apt(["libgdk-pixbuf-2.0-dev"])]
        ),
        // libcurl's SMTP client, for `broadside send-test`: its headers at build time (Debian's
        // libcurl4-openssl-dev), the library itself loaded only when a test email is sent.
        .target(name: "CSMTP"),
        // The output folder's atomic swap (renameat2 with RENAME_EXCHANGE), which Swift's Glibc module
        // does not declare.
        .target(name: "CFolderExchange"),
        // The compiler: inputs → Campaign model → one renderer per edition → files in memory.
        .target(
            name: "BroadsideCore",
            dependencies: ["CCmark", "CPangoCairo", "CGdkPixbuf", "CQREncode", "CSMTP", "CFolderExchange"]
        ),
        // The commands both tools share (build, check, send-test): thin shells over BroadsideCore.
        .target(
            name: "BroadsideCommands",
            dependencies: [
                "BroadsideCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `broadside preview`: builds in memory on every save and serves every edition on 127.0.0.1.
        .target(
            name: "BroadsidePreview",
            dependencies: [
                "BroadsideCore", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The command-line tool staff run: every command, the preview among them.
        .executableTarget(
            name: "broadside",
            dependencies: [
                "BroadsideCommands", "BroadsideCore", "BroadsidePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The plugins' tool: `build` alone, without the preview's server.
        .executableTarget(
            name: "broadside-build",
            dependencies: [
                "BroadsideCommands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
            dependencies: ["broadside-build"]
        ),
        // `swift package --allow-writing-to-package-directory publish` copies the editions to dist/.
        .plugin(
            name: "BroadsidePublishPlugin",
            capability: .command(
                intent: .custom(
                    verb: "publish", description: "Write every edition of the campaign to dist/ (or --output PATH)"),
                permissions: [.writeToPackageDirectory(reason: "Broadside writes the campaign's editions to dist/")]
            ),
            dependencies: ["broadside-build"]
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
            // broadside-bench, for the re-entrant compile's memory, measured in a process of its own.
            dependencies: ["Campaign", "BroadsideCore", "broadside-bench"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["BroadsideCore", "BroadsideCommands"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
