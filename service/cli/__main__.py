from courtdoc.service.cli import main

main()
