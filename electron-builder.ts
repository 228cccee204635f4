// electron-builder looks for its configuration here; it lives with the rest of the packaging code.
export { builderConfig as default } from './src/main/packaging/builder-config';
