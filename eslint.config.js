// ESLint 9 flat config. `npm run lint` runs it after the type check; see package.json.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([
    "build/",
    "public/build/",
    "data/",
    "node_modules/",
    "test-results/",
    "tests/.tmp-results/",
    "scripts-content/",
    ".cache/",
    "playwright-report/",
    "tests/.tmp/",
    // the evaluation corpus is data (and its test split is read by the eval run only)
    "tests/eval/corpus/",
  ]),
  {
    name: "callcraft/base",
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: "callcraft/react",
    files: ["app/**/*.tsx"],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    rules: {
      // A label's text may sit three elements deep (label > span > bdi > text); the default looks two deep.
      "jsx-a11y/label-has-associated-control": ["error", { depth: 3 }],
    },
  },
  {
    name: "callcraft/imports",
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts", "tests/**/*.{ts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      // import-x reads only .js files unless told otherwise (flatConfigs.typescript sets the same lists)
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      // A cycle means two modules cannot be understood (or initialised) one without the other.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      // The engine is pure (README, ADR 0001): it imports nothing from the app around it.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./app/engine",
              from: "./app",
              except: ["./engine"],
              message: "app/engine is pure: it must not import the app (models, routes, components, db…).",
            },
            {
              target: "./app/engine",
              from: ["./db", "./tests"],
              message: "app/engine is pure: it must not import the database or the tests.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "callcraft/engine-purity",
    files: ["app/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/*", "!~/engine", "!~/engine/*"],
              message: "app/engine is pure: import the engine by relative path, never the app.",
            },
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "@remix-run/*", "drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
              message: "app/engine stays free of React, Remix and the database.",
            },
          ],
        },
      ],
    },
  },
]);
