from socialkit.cli import main

main()
