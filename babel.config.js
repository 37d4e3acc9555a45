// babel-preset-taro drives both Taro builds; jest reuses it so tests compile code the same way.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
}
