'use strict';

// SPFx gulp toolchain (bundle, package-solution). Tests run with jest, not `gulp test`.
const build = require('@microsoft/sp-build-web');

build.addSuppression(/Warning - \[sass\] The local CSS class .* is not camelCase/);

build.initialize(require('gulp'));
