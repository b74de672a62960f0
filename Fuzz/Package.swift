// swift-tools-version: 6.0
// The fuzz target lives in its own package so that nothing in the main package is ever built with the
// sanitizers, and a normal build can never replace the instrumented binary. Run it with scripts/fuzz.
import PackageDescription

let package = Package(
    name: "BroadsideFuzz",
    dependencies: [
        .package(name: "Broadside", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "broadside-fuzz",
            dependencies: [.product(name: "BroadsideCore", package: "Broadside")]
        )
    ],
    swiftLanguageModes: [.v6]
)
