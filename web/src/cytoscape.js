// cytoscape (npm, MIT) as one self-hosted ES module for the explorer's graph view; bundled by web/build.sh.
export { default } from 'cytoscape';
