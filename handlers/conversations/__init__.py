"""The conversations a person can be in, one module each, each owning its `user.state` keys;
`registry` lists them for the dispatcher."""
