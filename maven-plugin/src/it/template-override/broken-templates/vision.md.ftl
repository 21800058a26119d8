${vision.noSuchField}
