#include <iostream>
int main() { std::cout << "cli placeholder\n"; }
