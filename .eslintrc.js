/* eslint-env node */
require('@rushstack/eslint-config/patch/modern-module-resolution');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname, project: './tsconfig.json', ecmaVersion: 2019, sourceType: 'module' },
  rules: {
    // A promise that nobody awaits hides failures from users; handle it or mark it explicitly.
    '@typescript-eslint/no-floating-promises': 'error'
  }
};
