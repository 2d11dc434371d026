//! The self-checks feature module (see `waymark::features`): the shell
//! imports it and calls `mount`/`unmount`; it starts nothing itself.

waymark::feature_module!(waymark::features::checks::ChecksFeature);
