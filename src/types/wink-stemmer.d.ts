/** wink's Porter2 stemmer, the one its English model uses, loaded without the rest of the model. */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
